; The goal holds in the initial state: the empty plan is valid.
(define (problem BLOCKS-trivial)
  (:domain BLOCKS)
  (:objects a b - block)
  (:init (clear a) (ontable a) (clear b) (ontable b) (handempty))
  (:goal (and (ontable a) (clear b))))
