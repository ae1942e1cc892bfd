; Briefcase world (ADL): moving the briefcase moves everything in it; roads are one-way and
; reachability is a derived predicate.
(define (domain briefcase)
  (:requirements :typing :adl :derived-predicates)
  (:types location portable)
  (:predicates
    (at-bc ?l - location)
    (at ?x - portable ?l - location)
    (in ?x - portable)
    (road ?from ?to - location)
    (reachable ?from ?to - location))

  (:derived (reachable ?from ?to - location)
    (or (road ?from ?to)
        (exists (?via - location) (and (road ?from ?via) (reachable ?via ?to)))))

  (:action move
    :parameters (?from ?to - location)
    :precondition (and (at-bc ?from) (reachable ?from ?to) (not (= ?from ?to)))
    :effect (and (at-bc ?to) (not (at-bc ?from))
                 (forall (?x - portable)
                   (when (in ?x) (and (at ?x ?to) (not (at ?x ?from)))))))

  (:action put-in
    :parameters (?x - portable ?l - location)
    :precondition (and (at ?x ?l) (at-bc ?l) (not (in ?x)))
    :effect (in ?x))

  (:action take-out
    :parameters (?x - portable)
    :precondition (in ?x)
    :effect (not (in ?x))))
