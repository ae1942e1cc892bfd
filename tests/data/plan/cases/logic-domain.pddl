; Preconditions beyond STRIPS: negation, disjunction, quantifiers, equality.
(define (domain logic)
  (:requirements :strips :typing :negative-preconditions :disjunctive-preconditions
                 :universal-preconditions :existential-preconditions :equality)
  (:types block)
  (:predicates (red ?b - block) (blue ?b - block) (marked ?b - block) (locked) (found))

  (:action mark
    :parameters (?b - block)
    :precondition (and (not (marked ?b)) (not (locked)))
    :effect (marked ?b))

  (:action paint
    :parameters (?b - block)
    :precondition (or (red ?b) (blue ?b))
    :effect (and (not (red ?b)) (blue ?b)))

  (:action swap
    :parameters (?x - block ?y - block)
    :precondition (and (not (= ?x ?y)) (red ?x) (blue ?y))
    :effect (and (not (red ?x)) (blue ?x) (not (blue ?y)) (red ?y)))

  (:action lock
    :parameters ()
    :precondition (forall (?b - block) (marked ?b))
    :effect (locked))

  (:action search
    :parameters ()
    :precondition (exists (?b - block) (and (red ?b) (marked ?b)))
    :effect (found)))
