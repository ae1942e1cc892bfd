; Blocksworld, révisé
(define (domain blocksworld)
  (:predicates (clear ?x))
  (:action touch :parameters (?x) :precondition (clear ?x) :effect (not (clear ?x))))
