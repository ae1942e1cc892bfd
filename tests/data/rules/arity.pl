parent(tom, bob).
parent(bob, ann).
child(X, Y) :- parent(Y, X, _).
