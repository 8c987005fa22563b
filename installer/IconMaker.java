import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the launcher icon (installer/zero-distance.png): two figures side by side, shoulder to shoulder
 * ("zero distance"), under one roof, on the app's red. Run: java installer/IconMaker.java installer/zero-distance.png
 */
public class IconMaker {
    public static void main(String[] args) throws Exception {
        int size = 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setPaint(new GradientPaint(0, 0, new Color(0xD32F2F), 0, size, new Color(0x9A0007)));
        g.fill(new RoundRectangle2D.Double(8, 8, size - 16, size - 16, 56, 56));

        // roof
        g.setColor(new Color(0xFFD54F));
        g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D roof = new Path2D.Double();
        roof.moveTo(44, 118);
        roof.lineTo(128, 48);
        roof.lineTo(212, 118);
        g.draw(roof);

        // two people, shoulder to shoulder
        g.setColor(Color.WHITE);
        g.fillOval(84, 104, 36, 36);
        g.fillOval(136, 104, 36, 36);
        g.fill(new RoundRectangle2D.Double(70, 146, 60, 64, 30, 30));
        g.fill(new RoundRectangle2D.Double(126, 146, 60, 64, 30, 30));
        // joined hands: a heart where they meet
        g.setColor(new Color(0xFFD54F));
        Path2D heart = new Path2D.Double();
        heart.moveTo(128, 206);
        heart.curveTo(96, 184, 104, 160, 128, 172);
        heart.curveTo(152, 160, 160, 184, 128, 206);
        g.fill(heart);
        g.dispose();
        ImageIO.write(image, "png", new File(args.length > 0 ? args[0] : "zero-distance.png"));
    }
}
