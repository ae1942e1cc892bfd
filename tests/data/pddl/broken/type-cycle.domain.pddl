(define (domain logistics)
  (:requirements :strips :typing)
  (:types truck airplane - vehicle
          vehicle - physobj
          physobj - truck
          location)
  (:predicates (at ?v - vehicle ?l - location))

  (:action drive
    :parameters (?t - truck ?from ?to - location)
    :precondition (at ?t ?from)
    :effect (and (not (at ?t ?from)) (at ?t ?to))))
