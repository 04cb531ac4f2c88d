package be.cpas.rules.kb.packs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;

/**
 * A rule pack as a zip archive: the cpas-kb folder layout (rules/, parameters/, messages/, scenarios/), at the
 * root of the archive or under one top folder. Other files are ignored; a path leaving the pack is refused.
 */
public final class PackArchive {

    /** The folders a pack is made of. */
    public static final Set<String> FOLDERS = Set.of("rules", "parameters", "messages", "scenarios");
    /** A pack is text of a few hundred kilobytes: anything far larger is not a pack (and no zip bomb is expanded). */
    static final long MAX_TOTAL_BYTES = 32L * 1024 * 1024;

    private PackArchive() {
    }

    /** @throws IllegalArgumentException naming the entry when the archive is not a pack */
    public static KbSource read(byte[] zip, String origin) {
        List<String[]> entries = new ArrayList<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || List.of(name.split("/")).contains("..")) {
                    throw new IllegalArgumentException("archive entry '" + name + "': a path outside the pack");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_TOTAL_BYTES - total + 1));
                total += content.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new IllegalArgumentException("the archive expands to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
                }
                entries.add(new String[] { name, new String(content, StandardCharsets.UTF_8) });
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a zip archive: " + e.getMessage());
        }
        String prefix = topFolder(entries);
        List<KbFile> files = new ArrayList<>();
        for (String[] entry : entries) {
            String path = entry[0].substring(prefix.length());
            String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
            if (FOLDERS.contains(first)) {
                files.add(new KbFile(path, entry[1]));
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("the archive holds none of the folders " + FOLDERS + " of a pack");
        }
        return KbSource.of(origin, files);
    }

    /** "" when the pack's folders are at the root, else "top/" when every entry is under one folder holding them. */
    private static String topFolder(List<String[]> entries) {
        boolean atRoot = entries.stream().anyMatch(e -> e[0].contains("/") && FOLDERS.contains(e[0].substring(0, e[0].indexOf('/'))));
        if (atRoot || entries.isEmpty() || !entries.get(0)[0].contains("/")) {
            return "";
        }
        String top = entries.get(0)[0].substring(0, entries.get(0)[0].indexOf('/') + 1);
        return entries.stream().allMatch(e -> e[0].startsWith(top)) ? top : "";
    }

    /** The pack's files as a zip archive, at its root. */
    public static byte[] write(KbSource source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (KbFile file : source.all()) {
                out.putNextEntry(new ZipEntry(file.path()));
                out.write(file.content().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
