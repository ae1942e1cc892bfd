(define (domain logistics)
  (:requirements :strips :typing :numeric-fluents)
  (:types truck location)
  (:predicates (at ?t - truck ?l - location))
  (:functions (fuel ?t - truck) (distance ?from ?to - location))

  (:action drive
    :parameters (?t - truck ?from ?to - location)
    :precondition (and (at ?t ?from) (>= (fuel-level ?t) (distance ?from ?to)))
    :effect (and (not (at ?t ?from)) (at ?t ?to)
                 (decrease (fuel ?t) (distance ?from ?to))
                 (increase (total-distance) (distance ?from ?to)))))
