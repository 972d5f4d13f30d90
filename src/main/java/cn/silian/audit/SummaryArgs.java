package cn.silian.audit;

import cn.silian.shared.Message;
import cn.silian.shared.MessageArg;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of an audit summary as JSON: literal text as a JSON string, an argument to be
 * translated as an object {@code {"key": …, "args": […]}}. JSON, because titles may hold any
 * separator; objects, because a stored title must never be mistaken for a key.
 */
final class SummaryArgs {

    static final int MAX_LENGTH = 2000;
    private static final int LITERAL_MAX = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SummaryArgs() {
    }

    /** Cuts long texts shorter until the line fits: an audit line too long to store would undo the change. */
    static String encode(List<MessageArg> args) {
        for (int literalMax = LITERAL_MAX; ; literalMax /= 2) {
            String json = JSON.writeValueAsString(array(args, literalMax));
            if (json.length() <= MAX_LENGTH || literalMax <= 1) {
                return json;
            }
        }
    }

    static List<MessageArg> decode(String json) {
        return json == null || json.isBlank() ? List.of() : args(JSON.readTree(json));
    }

    private static ArrayNode array(List<MessageArg> args, int literalMax) {
        ArrayNode array = JSON.createArrayNode();
        for (MessageArg arg : args) {
            switch (arg) {
                case MessageArg.Literal l -> array.add(AuditEntry.cut(l.text(), literalMax));
                case Message m -> {
                    ObjectNode node = array.addObject();
                    node.put("key", m.key());
                    node.set("args", array(m.args(), literalMax));
                }
            }
        }
        return array;
    }

    private static List<MessageArg> args(JsonNode array) {
        List<MessageArg> args = new ArrayList<>();
        for (JsonNode node : array) {
            args.add(node.isObject() ? new Message(node.get("key").asString(), args(node.get("args")))
                    : new MessageArg.Literal(node.asString()));
        }
        return args;
    }
}
