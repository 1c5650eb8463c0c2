
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.io.File;
import javax.imageio.ImageIO;

/** Saves the whole screen of $DISPLAY as the PNG file {@code args[0]}. */
public final class Screenshot {
    public static void main(String[] args) throws Exception {
        Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        File file = new File(args[0]);
        file.getParentFile().mkdirs();
        ImageIO.write(new Robot().createScreenCapture(screen), "png", file);
    }
}
