package nl.werving.process.deployment;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;

/**
 * A resource whose path, as the engine's Spring auto-deployment reads it ({@link ContextResource}), is its
 * file name alone.
 */
final class FileNamedResource extends AbstractResource implements ContextResource {

    private final Resource resource;

    FileNamedResource(Resource resource) {
        this.resource = resource;
    }

    @Override
    public String getPathWithinContext() {
        return resource.getFilename();
    }

    @Override
    public String getFilename() {
        return resource.getFilename();
    }

    @Override
    public String getDescription() {
        return resource.getDescription();
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return resource.getInputStream();
    }

    @Override
    public boolean exists() {
        return resource.exists();
    }

    @Override
    public URL getURL() throws IOException {
        return resource.getURL();
    }

    @Override
    public File getFile() throws IOException {
        return resource.getFile();
    }

    @Override
    public long contentLength() throws IOException {
        return resource.contentLength();
    }

    @Override
    public long lastModified() throws IOException {
        return resource.lastModified();
    }
}
