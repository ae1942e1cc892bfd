(define (domain blocksworld)
  (:requirements :strips :typing :action-costs)
  (:types block)
  (:predicates (ontable ?x - block) (clear ?x - block) (handempty) (holding ?x - block))
  (:functions (total-cost) - number)

  (:action pick-up
    :parameters (?x - block)
    :precondition (and (clear ?x) (ontable ?x) (handempty))
    :effect (and (not (ontable ?x)) (not (clear ?x)) (not (handempty)) (holding ?x)
                 (increase total-cost 1)))

  (:action put-down
    :parameters (?x - block)
    :precondition (holding ?x)
    :effect (and (not (holding ?x)) (clear ?x) (handempty) (ontable ?x)
                 (increase (total-cost) 1))))
