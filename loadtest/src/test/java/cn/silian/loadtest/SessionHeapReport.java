package cn.silian.loadtest;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.netbeans.lib.profiler.heap.Heap;
import org.netbeans.lib.profiler.heap.HeapFactory;
import org.netbeans.lib.profiler.heap.Instance;
import org.netbeans.lib.profiler.heap.JavaClass;
import org.netbeans.lib.profiler.heap.ObjectArrayInstance;
import org.netbeans.lib.profiler.heap.PrimitiveArrayInstance;

/**
 * What a session keeps, from a heap dump taken under load ({@code loadtest/run --heap-dump}):
 * the retained size (dominator tree: objects shared with other sessions or the application do
 * not count) of each HTTP session, of each of its attributes, of each UI, and of the
 * application's and Vaadin's own objects by class. A class histogram can only say how much the
 * heap grew; this says which session attribute, view or grid holds it.
 *
 * <pre>java -cp netbeans-lib-profiler.jar SessionHeapReport.java heap.hprof</pre>
 */
public final class SessionHeapReport {

    public static void main(String[] args) throws Exception {
        Heap heap = HeapFactory.createHeap(new File(args[0]));
        List<Instance> sessions = instancesOf(heap, "org.apache.catalina.session.StandardSession");
        System.out.printf("HTTP sessions: %d%n", sessions.size());
        if (sessions.isEmpty()) {
            return;
        }
        long total = 0;
        Map<String, long[]> byAttribute = new TreeMap<>();
        for (Instance session : sessions) {
            total += session.getRetainedSize();
            Instance attributes = (Instance) session.getValueOfField("attributes");
            for (Instance[] entry : entries(attributes)) {
                String key = text(entry[0]);
                long size = entry[1] == null ? 0 : entry[1].getRetainedSize();
                long[] sum = byAttribute.computeIfAbsent(key + " (" + (entry[1] == null ? "null" : entry[1].getJavaClass().getName()) + ")", k -> new long[2]);
                sum[0] += size;
                sum[1]++;
            }
        }
        System.out.printf("retained per HTTP session: %.1f KB on average%n", total / 1024.0 / sessions.size());
        System.out.println("\nper session attribute (average retained KB over the sessions holding it, sessions):");
        byAttribute.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]))
                .forEach(e -> System.out.printf("%10.1f KB %6d  %s%n", e.getValue()[0] / 1024.0 / e.getValue()[1], e.getValue()[1], e.getKey()));

        for (String owner : List.of("com.vaadin.flow.server.VaadinSession", "com.vaadin.flow.component.UI",
                "com.vaadin.flow.component.internal.UIInternals")) {
            fieldBreakdown(heap, owner);
        }

        fieldBreakdown(heap, "com.vaadin.flow.component.internal.DependencyList");
        for (String held : List.of("com.vaadin.flow.component.internal.PendingJavaScriptInvocation",
                "com.vaadin.flow.component.combobox.ComboBox", "com.vaadin.flow.component.grid.Grid")) {
            referrers(heap, held);
        }

        directChildren(heap, "com.vaadin.flow.server.VaadinSession");
        directChildren(heap, "com.vaadin.flow.component.UI");

        List<Instance> uis = instancesOf(heap, "com.vaadin.flow.component.UI");
        System.out.printf("%nUIs: %d, %.1f KB retained on average%n", uis.size(),
                uis.stream().mapToLong(Instance::getRetainedSize).sum() / 1024.0 / Math.max(1, uis.size()));

        // By class: the application's own classes and Vaadin's components and data plumbing.
        // Retained sizes nest (a view retains its grid), so read each line on its own.
        Map<String, long[]> byClass = new HashMap<>();
        for (Object o : heap.getAllClasses()) {
            JavaClass type = (JavaClass) o;
            String name = type.getName();
            boolean interesting = name.startsWith("cn.silian.")
                    || name.startsWith("com.vaadin.flow.component.")
                    || name.startsWith("com.vaadin.flow.data.provider.")
                    || name.equals("com.vaadin.flow.internal.StateTree")
                    || name.equals("com.vaadin.flow.internal.StateNode")
                    || name.startsWith("org.springframework.security.core.context.")
                    || name.startsWith("org.springframework.security.web.csrf.");
            if (!interesting || type.getInstancesCount() == 0) {
                continue;
            }
            long sum = 0;
            for (Object i : type.getInstances()) {
                sum += ((Instance) i).getRetainedSize();
            }
            byClass.put(name, new long[] {sum, type.getInstancesCount()});
        }
        System.out.printf("%nretained by class, largest 60 (KB per session = sum / %d sessions; count; average KB):%n", sessions.size());
        byClass.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]))
                .limit(60)
                .forEach(e -> System.out.printf("%8.1f KB/session %8d %8.1f KB  %s%n",
                        e.getValue()[0] / 1024.0 / sessions.size(), e.getValue()[1],
                        e.getValue()[0] / 1024.0 / e.getValue()[1], e.getKey()));
    }

    /**
     * Average retained size of what each object field of the class's instances points to; a
     * map's entries are listed by key (a string key as it is, any other key by its class).
     */
    private static void fieldBreakdown(Heap heap, String className) {
        List<Instance> owners = instancesOf(heap, className);
        if (owners.isEmpty()) {
            return;
        }
        Map<String, long[]> byField = new TreeMap<>();
        for (Instance owner : owners) {
            for (Object f : owner.getFieldValues()) {
                if (!(f instanceof org.netbeans.lib.profiler.heap.ObjectFieldValue value) || value.getInstance() == null) {
                    continue;
                }
                Instance target = value.getInstance();
                String field = value.getField().getName() + " (" + target.getJavaClass().getName() + ")";
                add(byField, field, target.getRetainedSize());
                Instance map = target;
                if (map.getJavaClass().getName().endsWith("Attributes") || map.getJavaClass().getName().endsWith("SessionAttributes")) {
                    Object inner = map.getValueOfField("attributes");
                    map = inner instanceof Instance i ? i : map;
                }
                if (map.getJavaClass().getName().endsWith("HashMap")) {
                    for (Instance[] entry : entries(map)) {
                        String key = entry[0] == null ? "null" : entry[0].getJavaClass().getName().equals("java.lang.String")
                                ? text(entry[0]) : entry[0].getJavaClass().getName();
                        add(byField, "  " + value.getField().getName() + "[" + key + "] ("
                                + (entry[1] == null ? "null" : entry[1].getJavaClass().getName()) + ")",
                                entry[1] == null ? 0 : entry[1].getRetainedSize());
                    }
                }
            }
        }
        System.out.printf("%n%s (%d): average retained KB of each field over all instances, instances holding it%n", className, owners.size());
        byField.entrySet().stream()
                .filter(e -> e.getValue()[0] / owners.size() >= 256)
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]))
                .limit(40)
                .forEach(e -> System.out.printf("%10.1f KB %6d  %s%n", e.getValue()[0] / 1024.0 / owners.size(), e.getValue()[1], e.getKey()));
    }

    /**
     * The objects whose immediate dominator is an instance of the class, by their class: what the
     * owner's retained size is made of, exactly (field by field it is not, as objects reachable
     * through two of its fields belong to neither). The library keeps its dominator tree to
     * itself, so it is read by reflection.
     */
    private static void directChildren(Heap heap, String className) throws ReflectiveOperationException {
        List<Instance> owners = instancesOf(heap, className);
        if (owners.isEmpty()) {
            return;
        }
        owners.get(0).getRetainedSize(); // computes the dominator tree
        java.lang.reflect.Field treeField = heap.getClass().getDeclaredField("domTree");
        treeField.setAccessible(true);
        Object tree = treeField.get(heap);
        java.lang.reflect.Method idom = tree.getClass().getDeclaredMethod("getIdomId", long.class);
        idom.setAccessible(true);
        java.util.Set<Long> ids = new java.util.HashSet<>();
        owners.forEach(o -> ids.add(o.getInstanceId()));
        Map<String, long[]> byClass = new HashMap<>();
        for (java.util.Iterator<?> it = heap.getAllInstancesIterator(); it.hasNext(); ) {
            Instance i = (Instance) it.next();
            long dominator = (Long) idom.invoke(tree, i.getInstanceId());
            if (ids.contains(dominator)) {
                add(byClass, i.getJavaClass().getName(), i.getRetainedSize());
            }
        }
        System.out.printf("%nretained by what a %s dominates directly, by class (KB per instance, objects per instance):%n", className);
        byClass.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]))
                .limit(30)
                .forEach(e -> System.out.printf("%10.1f KB %8.1f  %s%n", e.getValue()[0] / 1024.0 / owners.size(),
                        (double) e.getValue()[1] / owners.size(), e.getKey()));
    }

    /** Who holds the instances of a class: the referring objects' classes and fields, counted. */
    private static void referrers(Heap heap, String className) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Instance held : instancesOf(heap, className)) {
            for (Object r : held.getReferences()) {
                org.netbeans.lib.profiler.heap.Value ref = (org.netbeans.lib.profiler.heap.Value) r;
                Instance from = ref.getDefiningInstance();
                String how = ref instanceof org.netbeans.lib.profiler.heap.FieldValue f ? "." + f.getField().getName() : "[]";
                String key = from.getJavaClass().getName() + how;
                if (from instanceof ObjectArrayInstance || from.getJavaClass().getName().startsWith("java.util.")) {
                    // One step further: who holds the array or collection.
                    for (Object r2 : from.getReferences()) {
                        org.netbeans.lib.profiler.heap.Value ref2 = (org.netbeans.lib.profiler.heap.Value) r2;
                        String how2 = ref2 instanceof org.netbeans.lib.profiler.heap.FieldValue f2 ? "." + f2.getField().getName() : "[]";
                        counts.merge(ref2.getDefiningInstance().getJavaClass().getName() + how2 + " -> " + key, 1, Integer::sum);
                    }
                } else {
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%nheld by (%s):%n", className);
        counts.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())).limit(15)
                .forEach(e -> System.out.printf("%8d  %s%n", e.getValue(), e.getKey()));
    }

    private static void add(Map<String, long[]> sums, String key, long size) {
        long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
        sum[0] += size;
        sum[1]++;
    }

    private static List<Instance> instancesOf(Heap heap, String className) {
        List<Instance> result = new ArrayList<>();
        JavaClass type = heap.getJavaClassByName(className);
        if (type != null) {
            for (Object i : type.getInstances()) {
                result.add((Instance) i);
            }
            for (Object sub : type.getSubClasses()) {
                for (Object i : ((JavaClass) sub).getInstances()) {
                    result.add((Instance) i);
                }
            }
        }
        return result;
    }

    /** Key and value of every entry of a ConcurrentHashMap or HashMap instance. */
    private static List<Instance[]> entries(Instance map) {
        List<Instance[]> result = new ArrayList<>();
        if (map == null) {
            return result;
        }
        Object table = map.getValueOfField("table");
        if (!(table instanceof ObjectArrayInstance array)) {
            return result;
        }
        for (Object node : array.getValues()) {
            Instance n = (Instance) node;
            while (n != null) {
                Object value = n.getValueOfField("val");
                if (value == null) {
                    value = n.getValueOfField("value");
                }
                result.add(new Instance[] {(Instance) n.getValueOfField("key"), (Instance) value});
                n = (Instance) n.getValueOfField("next");
            }
        }
        return result;
    }

    private static String text(Instance string) {
        if (string == null || !string.getJavaClass().getName().equals("java.lang.String")) {
            return String.valueOf(string == null ? null : string.getJavaClass().getName());
        }
        PrimitiveArrayInstance value = (PrimitiveArrayInstance) string.getValueOfField("value");
        Object coder = string.getValueOfField("coder");
        List<?> bytes = value.getValues();
        byte[] raw = new byte[bytes.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = Byte.parseByte(bytes.get(i).toString());
        }
        boolean utf16 = coder != null && Byte.parseByte(coder.toString()) == 1;
        return new String(raw, utf16 ? java.nio.charset.StandardCharsets.UTF_16LE : java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
