; A goal that names an action instead of the fact it should achieve.
(define (problem blocks-2)
  (:domain blocksworld)
  (:objects a b - block)
  (:init (on a table) (on b table) (clear a) (clear b) (handempty))
  (:goal (and (pick-up a) (on a b))))
