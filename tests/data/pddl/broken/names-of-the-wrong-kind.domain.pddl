; Names used as what they are not: objects declared in a domain, a type tested as a predicate.
(define (domain blocksworld)
  (:requirements :strips :typing)
  (:types block)
  (:objects table - block)
  (:predicates (on ?x - block ?y - block) (clear ?x - block) (handempty) (holding ?x - block))

  (:action pick-up
    :parameters (?x ?y - block)
    :precondition (and (block ?x) (on ?x ?y) (clear ?x) (handempty))
    :effect (and (holding ?x) (clear ?y) (not (on ?x ?y)) (not (clear ?x)) (not (handempty))))

  (:action put-on-table
    :parameters (?x - block)
    :precondition (holding ?x)
    :effect (and (on ?x table) (clear ?x) (handempty) (not (holding ?x)))))
