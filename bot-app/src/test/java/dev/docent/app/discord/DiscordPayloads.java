package dev.docent.app.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of Discord's gateway and REST API that JDA 6 parses, as small as JDA accepts. */
public final class DiscordPayloads {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final long VIEW_CHANNEL = 1L << 10;
    public static final long SEND_MESSAGES = 1L << 11;
    public static final long EMBED_LINKS = 1L << 14;
    public static final long READ_MESSAGE_HISTORY = 1L << 16;
    public static final long MANAGE_SERVER = 1L << 5;
    public static final long SEND_MESSAGES_IN_THREADS = 1L << 38;
    public static final long MEMBER_PERMISSIONS = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY | SEND_MESSAGES_IN_THREADS;

    private DiscordPayloads() {
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public static ObjectNode user(String id, String name, boolean bot) {
        return object().put("id", id).put("username", name).put("discriminator", "0").put("global_name", name)
                .putNull("avatar").put("bot", bot).put("public_flags", 0).put("flags", 0);
    }

    public static ObjectNode member(ObjectNode user, String... roles) {
        ObjectNode member = object();
        member.set("user", user);
        ArrayNode roleIds = member.putArray("roles");
        for (String role : roles) {
            roleIds.add(role);
        }
        return member.put("joined_at", OffsetDateTime.now().minusDays(30).toString()).put("deaf", false).put("mute", false)
                .put("flags", 0).put("pending", false).putNull("nick").putNull("premium_since").putNull("avatar")
                .putNull("communication_disabled_until");
    }

    /** JDA 6 parses role colours from {@code colors}; without it GUILD_CREATE fails and READY never comes. */
    public static ObjectNode role(String id, String name, long permissions, int position, boolean mentionable) {
        ObjectNode role = object().put("id", id).put("name", name).put("color", 0).put("hoist", false)
                .putNull("icon").putNull("unicode_emoji").put("position", position)
                .put("permissions", Long.toString(permissions)).put("managed", false).put("mentionable", mentionable)
                .put("flags", 0);
        role.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        return role;
    }

    public static ObjectNode textChannel(String id, String name, int position) {
        ObjectNode channel = object().put("id", id).put("type", 0).put("name", name).put("position", position)
                .put("topic", "").put("nsfw", false).putNull("parent_id").putNull("last_message_id")
                .put("rate_limit_per_user", 0).put("flags", 0);
        channel.putArray("permission_overwrites");
        return channel;
    }

    public static ObjectNode thread(String id, String guildId, String parentId, String ownerId, String name) {
        ObjectNode thread = object().put("id", id).put("type", 11).put("guild_id", guildId).put("parent_id", parentId)
                .put("owner_id", ownerId).put("name", name).put("message_count", 3).put("total_message_sent", 3)
                .put("member_count", 2).put("rate_limit_per_user", 0).put("flags", 0).putNull("last_message_id");
        thread.putObject("thread_metadata").put("archived", false).put("auto_archive_duration", 1440)
                .put("archive_timestamp", OffsetDateTime.now().toString()).put("locked", false)
                .put("create_timestamp", OffsetDateTime.now().minusHours(1).toString());
        thread.putArray("applied_tags");
        return thread;
    }

    public static ObjectNode guild(String id, String name, String ownerId, List<ObjectNode> roles, List<ObjectNode> members,
                            List<ObjectNode> channels, List<ObjectNode> threads) {
        ObjectNode guild = object().put("id", id).put("name", name).putNull("icon").putNull("splash").putNull("banner")
                .putNull("description").put("owner_id", ownerId).put("unavailable", false).put("member_count", members.size())
                .put("large", false).put("verification_level", 0).put("default_message_notifications", 1)
                .put("explicit_content_filter", 0).put("mfa_level", 0).put("nsfw_level", 0).put("premium_tier", 0)
                .put("premium_subscription_count", 0).put("premium_progress_bar_enabled", false)
                .put("preferred_locale", "en-US").put("system_channel_flags", 0).put("afk_timeout", 300)
                .put("max_members", 500_000).putNull("vanity_url_code").put("joined_at", OffsetDateTime.now().toString());
        guild.putArray("features");
        guild.putArray("roles").addAll(roles);
        guild.putArray("members").addAll(members);
        guild.putArray("channels").addAll(channels);
        guild.putArray("threads").addAll(threads);
        for (String empty : List.of("emojis", "stickers", "voice_states", "presences", "guild_scheduled_events",
                "stage_instances", "soundboard_sounds")) {
            guild.putArray(empty);
        }
        return guild;
    }

    public static ObjectNode message(String id, String channelId, String guildId, ObjectNode author, String content,
                              List<ObjectNode> mentions) {
        ObjectNode message = object().put("id", id).put("channel_id", channelId).put("content", content)
                .put("timestamp", OffsetDateTime.now().toString()).putNull("edited_timestamp").put("tts", false)
                .put("mention_everyone", false).put("pinned", false).put("type", 0).put("flags", 0);
        if (guildId != null) {
            message.put("guild_id", guildId);
        }
        message.set("author", author);
        message.putArray("mentions").addAll(mentions);
        message.putArray("mention_roles");
        message.putArray("attachments");
        message.putArray("embeds");
        message.putArray("components");
        return message;
    }

    /** A gateway MESSAGE_CREATE carries the author's member object too. */
    public static ObjectNode guildMessage(String id, ObjectNode channel, String guildId, ObjectNode member, String content,
                                   List<ObjectNode> mentions) {
        ObjectNode message = message(id, channel.get("id").asText(), guildId, (ObjectNode) member.get("user"), content, mentions);
        ObjectNode partialMember = member.deepCopy();
        partialMember.remove("user");
        message.set("member", partialMember);
        return message;
    }

    private static ObjectNode interaction(int type, String id, String token, String guildId, ObjectNode channel,
                                          ObjectNode member, long permissions) {
        ObjectNode interaction = object().put("id", id).put("application_id", FakeDiscord.APPLICATION_ID).put("type", type)
                .put("token", token).put("version", 1).put("guild_id", guildId).put("channel_id", channel.get("id").asText())
                .put("locale", "en-US").put("guild_locale", "en-US").put("app_permissions", Long.toString(MEMBER_PERMISSIONS))
                .put("context", 0).put("attachment_size_limit", 10_485_760);
        interaction.putObject("guild").put("id", guildId).put("locale", "en-US").putArray("features");
        ObjectNode interactionChannel = channel.deepCopy().put("guild_id", guildId);
        interaction.set("channel", interactionChannel);
        interaction.set("member", member.deepCopy().put("permissions", Long.toString(permissions)));
        interaction.putObject("authorizing_integration_owners").put("0", guildId);
        interaction.putArray("entitlements");
        return interaction;
    }

    public static ObjectNode slashCommand(String id, String token, String guildId, ObjectNode channel, ObjectNode member,
                                   long permissions, String subcommand, String option, String value) {
        ObjectNode interaction = interaction(2, id, token, guildId, channel, member, permissions);
        ObjectNode data = interaction.putObject("data").put("id", "1400000000000000000").put("name", "docent").put("type", 1)
                .put("guild_id", guildId);
        ObjectNode sub = data.putArray("options").addObject().put("name", subcommand).put("type", 1);
        ArrayNode options = sub.putArray("options");
        if (option != null) {
            options.addObject().put("name", option).put("type", 3).put("value", value);
        }
        return interaction;
    }

    /** A message command (Apps > {@code name}) used on {@code target}. */
    public static ObjectNode messageCommand(String id, String token, String guildId, ObjectNode channel, ObjectNode member,
                                            String name, ObjectNode target) {
        ObjectNode interaction = interaction(2, id, token, guildId, channel, member, MEMBER_PERMISSIONS);
        ObjectNode data = interaction.putObject("data").put("id", "1400000000000000001").put("name", name).put("type", 3)
                .put("guild_id", guildId).put("target_id", target.get("id").asText());
        data.putObject("resolved").putObject("messages").set(target.get("id").asText(), target);
        return interaction;
    }

    public static ObjectNode buttonClick(String id, String token, String guildId, ObjectNode channel, ObjectNode member,
                                  String customId, JsonNode message) {
        ObjectNode interaction = interaction(3, id, token, guildId, channel, member, MEMBER_PERMISSIONS);
        interaction.putObject("data").put("custom_id", customId).put("component_type", 2);
        interaction.set("message", message);
        return interaction;
    }
}
