; Blocksworld with derived predicates: `above` is the transitive closure of `on` (recursive),
; `tower-top` is derived from a negation.
(define (domain derived-blocks)
  (:requirements :strips :typing :derived-predicates :negative-preconditions :existential-preconditions)
  (:types block)
  (:predicates (on ?x - block ?y - block) (ontable ?x - block) (clear ?x - block)
               (handempty) (holding ?x - block)
               (above ?x - block ?y - block) (high ?x - block) (admired ?x - block))

  (:derived (above ?x - block ?y - block)
    (or (on ?x ?y)
        (exists (?z - block) (and (on ?x ?z) (above ?z ?y)))))

  (:derived (high ?x - block)
    (and (clear ?x) (not (ontable ?x)) (not (holding ?x))))

  (:action pick-up
    :parameters (?x - block)
    :precondition (and (clear ?x) (ontable ?x) (handempty))
    :effect (and (not (ontable ?x)) (not (clear ?x)) (not (handempty)) (holding ?x)))

  (:action stack
    :parameters (?x - block ?y - block)
    :precondition (and (holding ?x) (clear ?y))
    :effect (and (not (holding ?x)) (not (clear ?y)) (clear ?x) (handempty) (on ?x ?y)))

  (:action unstack
    :parameters (?x - block ?y - block)
    :precondition (and (on ?x ?y) (clear ?x) (handempty))
    :effect (and (holding ?x) (clear ?y) (not (clear ?x)) (not (handempty)) (not (on ?x ?y))))

  ; Needs the recursive derived predicate: ?x is somewhere above ?y.
  (:action admire
    :parameters (?x - block ?y - block)
    :precondition (and (above ?x ?y) (high ?x))
    :effect (admired ?x)))
