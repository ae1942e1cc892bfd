; A continuous effect (#t): not supported yet.
(define (domain tank)
  (:requirements :typing :durative-actions :numeric-fluents :continuous-effects)
  (:types tank)
  (:functions (level ?t - tank))
  (:durative-action fill
    :parameters (?t - tank)
    :duration (<= ?duration 10)
    :condition (at start (<= (level ?t) 5))
    :effect (increase (level ?t) (* #t 2))))
