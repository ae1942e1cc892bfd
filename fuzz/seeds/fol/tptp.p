fof(dogs, axiom, ![X]: (dog(X) => animal(X))).
fof(rex, axiom, dog(rex)).
fof(goal, conjecture, animal(rex)).
