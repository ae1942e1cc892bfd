(define (problem blocks-4)
  (:domain blocksworld)
  (:objects a b c - block
            d a - block)
  (:init (clear c) (on c a) (ontable a) (clear b) (ontable b) (clear d) (ontable d) (handempty))
  (:goal (and (on a b) (on b c))))
