; A timed initial literal after the plan.
(define (problem BLOCKS-til)
  (:domain BLOCKS)
  (:objects a b - block)
  (:init (clear a) (ontable a) (clear b) (ontable b) (handempty) (at 10 (not (handempty))))
  (:goal (on a b)))
