(define (domain blocksworld)
  (:requirements :strips :typing)
  (:types block)
  (:predicates (on ?x - block ?y - block) (ontable ?x - block) (clear ?x - block)
               (handempty) (holding ?x - block))

  (:action unstack
    :parameters (?x - block ?y - block)
    :precondition (and (on ?x ?y) (clear ?x) (handempty))
    :effect (and (holding ?x) (clear ?z) (not (clear ?x)) (not (handempty)) (not (on ?x ?y))))

  (:action put-down
    :parameters (?b - block)
    :precondition (holding ?block)
    :effect (and (not (holding ?b)) (clear ?b) (handempty) (ontable ?b))))
