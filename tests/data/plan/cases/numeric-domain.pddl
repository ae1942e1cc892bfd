; Numeric fluents and action costs: every assignment operator, comparisons, undefined values
; and a division.
(define (domain tanks)
  (:requirements :strips :typing :negative-preconditions :numeric-fluents :action-costs)
  (:types tank)
  (:predicates (sealed ?t - tank))
  (:functions (level ?t - tank) (capacity ?t - tank) (ratio ?t - tank) (total-cost) - number)

  (:action fill
    :parameters (?t - tank)
    :precondition (< (level ?t) (capacity ?t))
    :effect (and (increase (level ?t) 5) (increase (total-cost) 2)))

  (:action drain
    :parameters (?t - tank)
    :precondition (>= (level ?t) 3)
    :effect (and (decrease (level ?t) 3) (increase (total-cost) 1)))

  (:action double
    :parameters (?t - tank)
    :precondition (> (level ?t) 0)
    :effect (and (scale-up (level ?t) 2) (increase (total-cost) 3)))

  (:action halve
    :parameters (?t - tank)
    :precondition ()
    :effect (and (scale-down (level ?t) 2) (increase (total-cost) 1)))

  (:action top-up
    :parameters (?t - tank)
    :precondition (> (capacity ?t) 0)
    :effect (and (assign (level ?t) (capacity ?t)) (increase (total-cost) 4)))

  ; Reads (level ?t) in its effect only.
  (:action drip
    :parameters (?t - tank)
    :precondition (not (sealed ?t))
    :effect (and (increase (level ?t) 1) (increase (total-cost) 1)))

  ; Divides by the capacity.
  (:action measure
    :parameters (?t - tank)
    :precondition (sealed ?t)
    :effect (and (assign (ratio ?t) (/ (level ?t) (capacity ?t))) (increase (total-cost) 1)))

  (:action seal
    :parameters (?t - tank)
    :precondition (not (sealed ?t))
    :effect (and (sealed ?t) (increase (total-cost) 1))))
