(define (problem briefcase-1)
  (:domain briefcase)
  (:objects
    home office bank - location
    laptop papers - portable)
  (:init
    (at-bc home) (at laptop home) (at papers home)
    (road home office) (road office bank))
  (:goal (and (at laptop office) (road bank home) (not (road home office)))))
