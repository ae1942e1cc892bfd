; A durative action: a one-step temporal plan.
(define (domain shuttle)
  (:requirements :strips :typing :durative-actions)
  (:types place)
  (:predicates (at ?p - place) (link ?a - place ?b - place))
  (:durative-action fly
    :parameters (?from - place ?to - place)
    :duration (= ?duration 4)
    :condition (and (at start (at ?from)) (over all (link ?from ?to)))
    :effect (and (at start (not (at ?from))) (at end (at ?to)))))
