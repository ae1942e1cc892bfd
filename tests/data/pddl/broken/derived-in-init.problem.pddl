(define (problem briefcase-1)
  (:domain briefcase)
  (:objects
    home office bank - location
    laptop papers - portable)
  (:init
    (at-bc home) (at laptop home) (at papers home)
    (road home office) (road office bank)
    (reachable home bank))
  (:goal (and (at laptop office) (at papers bank))))
