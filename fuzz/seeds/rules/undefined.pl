parent(tom, bob).
parent(bob, ann).
grandparent(X, Z) :- parnet(X, Y), parent(Y, Z).
happy(X) :- rich(X).
