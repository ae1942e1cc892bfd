parent(tom, bob).
parent(tom, bob).
grandparent(X, Z) :- parent(X, Y), parent(Y, Z).
grandparent(A, C) :- parent(A, B), parent(B, C).
