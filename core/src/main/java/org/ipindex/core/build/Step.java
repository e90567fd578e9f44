package org.ipindex.core.build;

/**
 * One typed step of a build. A step reads the build so far and returns what it adds: a dataset,
 * a weighting plan, or both a dataset and weights (aggregation). Steps are records of their
 * parameters; {@link #spec()} gives the recipe form, so a build made in code can be replayed.
 */
public sealed interface Step
    permits Denominate, Impute, Treat, Normalise, Weigh, Aggregate {

  /** Returns the verb, e.g. {@code "normalise"}; also the default name of the dataset it makes. */
  String verb();

  /** Returns the name of the dataset this step makes, e.g. {@code "normalised"}. */
  String output();

  /** Returns this step as a recipe step (verb and parameters). */
  StepSpec spec();

  /** Runs the step on the build so far. Pure: the build is not changed. */
  Outcome run(Build build);
}
