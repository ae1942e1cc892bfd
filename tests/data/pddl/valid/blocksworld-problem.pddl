; Three blocks: c sits on a; build the tower a-b-c (a on b on c).
(define (problem blocks-3)
  (:domain blocksworld)
  (:objects a b c - block)
  (:init
    (clear c) (on c a) (ontable a)
    (clear b) (ontable b)
    (handempty))
  (:goal (and (on a b) (on b c))))
