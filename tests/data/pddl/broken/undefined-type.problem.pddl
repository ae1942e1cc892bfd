(define (problem logistics-1)
  (:domain logistics)
  (:objects bos - city
            bos-po bos-airport - location
            t1 - truck
            p1 - parcel)
  (:init (in-city bos-po bos) (in-city bos-airport bos) (at t1 bos-po) (at p1 bos-po))
  (:goal (at t1 bos-airport)))
