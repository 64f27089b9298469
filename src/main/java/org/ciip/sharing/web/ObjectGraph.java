package org.ciip.sharing.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ciip.sharing.SharedObject;
import org.ciip.sharing.stix.StixCodec;
import tools.jackson.databind.JsonNode;

/**
 * The small graph of an object page: the object in the middle, the objects its relationships and sightings reach
 * around it on a circle, and an arrow per relationship labelled with its type. Ends the reader may not see (their
 * marking) are drawn as unknown, without their name.
 */
record ObjectGraph(int width, int height, List<Node> nodes, List<Edge> edges) {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int RADIUS = 130;

    record Node(String id, String type, String title, int x, int y, boolean centre, boolean known) {
    }

    record Edge(int x1, int y1, int x2, int y2, String label, int labelX, int labelY) {
    }

    static ObjectGraph draw(SharedObject centre, List<SharedObject> relationships, List<SharedObject> neighbours) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put(centre.stixId(), new Node(centre.stixId(), centre.type(), title(StixCodec.MAPPER.readTree(
                centre.json())), WIDTH / 2, HEIGHT / 2, true, true));
        Map<String, SharedObject> known = new LinkedHashMap<>();
        neighbours.forEach(n -> known.put(n.stixId(), n));
        List<String[]> arrows = new ArrayList<>();
        for (SharedObject relationship : relationships) {
            JsonNode json = StixCodec.MAPPER.readTree(relationship.json());
            if (relationship.type().equals("sighting")) {
                String of = json.path("sighting_of_ref").asString("");
                List<String> where = new ArrayList<>();
                json.path("where_sighted_refs").forEach(r -> where.add(r.asString()));
                if (where.isEmpty()) {
                    where.add(relationship.stixId());
                }
                String count = json.has("count") ? " ×" + json.get("count").asString() : "";
                where.forEach(w -> arrows.add(new String[] {w, of, "sighting" + count}));
            } else {
                arrows.add(new String[] {json.path("source_ref").asString(""), json.path("target_ref").asString(""),
                        json.path("relationship_type").asString("")});
            }
        }
        List<String> around = new ArrayList<>();
        for (String[] arrow : arrows) {
            for (int end = 0; end < 2; end++) {
                if (!nodes.containsKey(arrow[end]) && !around.contains(arrow[end])) {
                    around.add(arrow[end]);
                }
            }
        }
        for (int i = 0; i < around.size(); i++) {
            double angle = 2 * Math.PI * i / around.size() - Math.PI / 2;
            String id = around.get(i);
            SharedObject seen = known.get(id);
            String type = id.contains("--") ? id.substring(0, id.indexOf("--")) : id;
            nodes.put(id, new Node(id, type, seen == null ? "" : title(StixCodec.MAPPER.readTree(seen.json())),
                    (int) Math.round(WIDTH / 2 + RADIUS * 1.9 * Math.cos(angle)),
                    (int) Math.round(HEIGHT / 2 + RADIUS * Math.sin(angle)), false, seen != null));
        }
        List<Edge> edges = new ArrayList<>();
        for (String[] arrow : arrows) {
            Node from = nodes.get(arrow[0]);
            Node to = nodes.get(arrow[1]);
            if (from != null && to != null && from != to) {
                edges.add(new Edge(from.x(), from.y(), to.x(), to.y(), arrow[2], (from.x() + to.x()) / 2,
                        (from.y() + to.y()) / 2 - 4));
            }
        }
        return new ObjectGraph(WIDTH, HEIGHT, List.copyOf(nodes.values()), edges);
    }

    /** What a reader calls an object: its name, else its value, else its pattern, else its id. */
    static String title(JsonNode json) {
        for (String property : List.of("name", "value", "pattern", "relationship_type", "abstract", "opinion")) {
            if (json.path(property).isString()) {
                String text = json.get(property).asString();
                return text.length() > 120 ? text.substring(0, 120) + "…" : text;
            }
        }
        if (json.path("sighting_of_ref").isString()) {
            return "→ " + json.get("sighting_of_ref").asString();
        }
        return json.path("id").asString("");
    }
}
