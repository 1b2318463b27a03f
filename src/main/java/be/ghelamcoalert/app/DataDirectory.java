package be.ghelamcoalert.app;

import be.ghelamcoalert.adapter.persistence.Database;
import be.ghelamcoalert.config.KioskConfig;
import be.ghelamcoalert.ui.start.StartPictureFile;
import com.gluonhq.attach.storage.StorageService;
import java.io.File;
import java.nio.file.Path;

/** Where the kiosk keeps its database: configured, or the platform's private storage. */
final class DataDirectory {
    private DataDirectory() {}

    /** The start picture kept beside the store in {@code directory}. */
    static StartPictureFile startPictures(Path directory) {
        return StartPictureFile.beside(directory.resolve(Database.STORE_FILE));
    }

    static Path of(KioskConfig config, boolean demo) {
        var base = config.kiosk().dataDirectory().map(Path::of).orElseGet(DataDirectory::privateStorage);
        return demo ? base.resolve("demo") : base;
    }

    private static Path privateStorage() {
        return StorageService.create()
                .flatMap(StorageService::getPrivateStorage)
                .map(File::toPath)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".ghelamco-alert"))
                .resolve("ghelamco-alert");
    }
}
