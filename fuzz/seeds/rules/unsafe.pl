quiet(anne).
red(X) :- quiet(anne).
lonely(X) :- quiet(X), \+ friend(X, Y).
big(X) :- quiet(X), Y > 3.
friend(bob, anne).
