(define (domain logistics)
  (:requirements :strips :typing)
  (:types truck - vehicle
          package vehicle - physobj
          location city)
  (:predicates (in-city ?loc - location ?city - city)
               (at ?obj - physobj ?loc - locaton)
               (in ?pkg - package ?veh - vehicle))

  (:action drive-truck
    :parameters (?truck - trucks ?from ?to - location ?city - city)
    :precondition (and (at ?truck ?from) (in-city ?from ?city) (in-city ?to ?city))
    :effect (and (not (at ?truck ?from)) (at ?truck ?to))))
