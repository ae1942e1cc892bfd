; Take the laptop to the office and the papers to the bank; the briefcase ends at home.
(define (problem briefcase-1)
  (:domain briefcase)
  (:objects
    home office bank - location
    laptop papers - portable)
  (:init
    (at-bc home) (at laptop home) (at papers home)
    (road home office) (road office bank) (road bank home))
  (:goal (and (at-bc home) (at laptop office) (at papers bank))))
