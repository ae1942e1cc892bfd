; Conditional effects are evaluated in the state before the step, and a step that deletes and
; adds the same atom leaves it true (deletes apply before adds).
(define (domain cond)
  (:requirements :strips :typing :conditional-effects :negative-preconditions)
  (:types lamp)
  (:predicates (on ?l - lamp) (off ?l - lamp) (ready) (fresh))

  ; Both `when`s read the state before the step: from (on l) only the first one fires.
  (:action toggle
    :parameters (?l - lamp)
    :precondition ()
    :effect (and (when (on ?l) (and (not (on ?l)) (off ?l)))
                 (when (off ?l) (and (not (off ?l)) (on ?l)))))

  ; Delete-then-add: (ready) stays true.
  (:action refresh
    :parameters ()
    :precondition (ready)
    :effect (and (not (ready)) (ready) (fresh)))

  ; Switch off every lamp that is on.
  (:action all-off
    :parameters ()
    :precondition ()
    :effect (forall (?l - lamp) (when (on ?l) (and (not (on ?l)) (off ?l))))))
