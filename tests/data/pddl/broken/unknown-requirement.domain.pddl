(define (domain blocksworld)
  (:requirements :strips :typed :negative-precondition)
  (:types block)
  (:predicates (ontable ?x - block) (clear ?x - block) (handempty) (holding ?x - block))

  (:action pick-up
    :parameters (?x - block)
    :precondition (and (clear ?x) (ontable ?x) (handempty) (not (holding ?x)))
    :effect (and (not (ontable ?x)) (not (clear ?x)) (not (handempty)) (holding ?x))))
