parent(tom, bob).
ancestor(X, Z) :- parent(X, Y), ancestor(Y, Z).
?- ancestor(tom, Who).
