(define (domain blocksworld)
  (:requirements :strips :typing)
  (:types block)
  (:predicate (ontable ?x - block) (clear ?x - block) (handempty) (holding ?x - block))

  (:action pick-up
    :parameters (?x - block)
    :precondtion (and (clear ?x) (ontable ?x) (handempty))
    :effect (and (not (ontable ?x)) (not (clear ?x)) (not (handempty)) (holding ?x))))
