package org.curbcut.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.curbcut.rules.RuleCatalog;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link AuditBench} with modest settings (one fork, 3 warm-up and 5 measured iterations of
 * 2 s each) and prints pages per second and per-page latency. Arguments: {@code --quick} for one
 * 1 s iteration each (a smoke run); others are benchmark method names (regular expressions) to run
 * alone, e.g. {@code typical.*}.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    List<String> demo = new ArrayList<>();
    for (Path p : Corpus.demoPages()) demo.add(p.getFileName().toString());
    int corpusSize = Corpus.html5lib().size();

    List<String> only = new ArrayList<>();
    for (String a : args) if (!a.startsWith("--")) only.add(a);
    ChainedOptionsBuilder opt = new OptionsBuilder();
    if (only.isEmpty()) opt.include(AuditBench.class.getName() + ".*");
    for (String o : only) opt.include(AuditBench.class.getName() + "." + o);
    opt
        .forks(1)
        .warmupIterations(quick ? 1 : 3)
        .warmupTime(TimeValue.seconds(quick ? 1 : 2))
        .measurementIterations(quick ? 1 : 5)
        .measurementTime(TimeValue.seconds(quick ? 1 : 2))
        .jvmArgsAppend("-Dcurbcut.root=" + Corpus.root(), "-Xmx2g")
        .shouldFailOnError(true);
    if (!demo.isEmpty()) opt.param("page", demo.toArray(new String[0]));
    Collection<RunResult> results = new Runner(opt.build()).run();

    System.out.println();
    System.out.printf(Locale.ROOT, "Curbcut static audit, %d rules, level AA, one thread (%s, %d cores, Java %s)%n",
        RuleCatalog.all().size(), System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    System.out.printf(Locale.ROOT, "%-44s %12s %14s%n", "benchmark", "ms/page", "pages/second");
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
      String param = r.getParams().getParam("page");
      double msPerOp = r.getPrimaryResult().getScore();
      int pagesPerOp = name.equals("html5libCorpus") ? corpusSize : 1;
      double msPerPage = msPerOp / pagesPerOp;
      String label = name + (name.startsWith("demoPage") && param != null ? " " + param : "")
          + (pagesPerOp > 1 ? " (" + pagesPerOp + " docs)" : "");
      System.out.printf(Locale.ROOT, "%-44s %12.3f %14.1f%n", label, msPerPage, 1000.0 / msPerPage);
    }
  }
}
