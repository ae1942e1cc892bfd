(define (domian blocksworld)
  (:requirements :strips)
  (:predicates (clear ?x))
  (:action touch :parameters (?x) :precondition (clear ?x) :effect (not (clear ?x))))
