parent(tom, bob).
parent(bob, ann).
bird(tweety).
bird(pingu).
penguin(pingu).
grandparent(X, Z) :- parent(X, Y), parent(Y, Z).
flies(X) :- bird(X).
