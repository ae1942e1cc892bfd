; Habits from programming languages: commas, `= true`, and a `not` without its parentheses.
(define (domain blocksworld)
  (:requirements :strips :typing :negative-preconditions)
  (:types block)
  (:predicates (on ?x - block ?y - block) (ontable ?x - block) (clear ?x - block)
               (handempty) (holding ?x - block))

  (:action pick-up
    :parameters (?x - block)
    :precondition (and (= (clear ?x) true) (ontable ?x) (handempty))
    :effect (and (not ontable ?x) (not (clear ?x)) (not (handempty)) (holding ?x)))

  (:action stack
    :parameters (?x - block, ?y - block)
    :precondition (and (holding ?x) (clear ?y) (= (on ?x ?y) false))
    :effect (and (= (holding ?x) false) (not (clear ?y)) (clear ?x) (handempty) (on ?x ?y))))
