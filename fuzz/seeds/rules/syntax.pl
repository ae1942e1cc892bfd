parent(tom, bob).
parent(tom liz).
parent(bob, ann).
grandparent(X, Z) :- parent(X, Y) parent(Y, Z).
sibling(X, Y) :- parent(P, X), parent(P, Y)
