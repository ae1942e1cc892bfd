parent(tom, bob).
parent(bob, ann).
grandparent(X, Z) :- parent(X, Y), parent(Yy, Z).
