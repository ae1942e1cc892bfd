; Two cities, one airplane: bring p1 from the Boston post office to the Pittsburgh airport.
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
    (at p1 bos-po) (at p2 bos-airport)
    (= (total-cost) 0))
  (:goal (and (at p1 pgh-airport) (at p2 pgh-airport)))
  (:metric minimize (total-cost)))
