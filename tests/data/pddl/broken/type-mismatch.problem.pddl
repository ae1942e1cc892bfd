(define (problem logistics-2)
  (:domain logistics)
  (:objects
    bos pgh - city
    bos-po - location
    bos-airport pgh-airport - airport
    bos-truck - truck
    plane - airplane
    p1 p2 - package)
  (:init
    (in-city bos-po bos) (in-city bos-airport bos) (in-city pgh-airport pgh)
    (at bos-truck bos-po) (at plane pgh-airport)
    (at bos-po p1) (at p2 bos-airport)
    (in p2 bos-po)
    (= (total-cost) 0))
  (:goal (and (at p1 pgh-airport) (at p2 pgh)))
  (:metric minimize (total-cost)))
