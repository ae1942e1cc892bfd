(define (problem gripper-2)
  (:domain gripper-strips)
  (:objects rooma roomb - room
            ball1 ball2 - ball
            left right - gripper)
  (:init (at-robby rooma)
         (free left) (free right)
         (at ball1 rooma) (at ball2 rooma)
         (at left rooma))
  (:goal (and (at ball1 roomb) (at ball2 roomc))))
