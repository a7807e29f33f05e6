#include "pngimages.h"

#include <QImageReader>
#include <QQmlEngine>

namespace contingent::shell {

namespace {

const QString kProvider = QStringLiteral("png");

} // namespace

PngImageProvider::PngImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

QImage PngImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize)
{
    QImageReader reader(QLatin1Char(':') + (id.startsWith(QLatin1Char('/')) ? id : '/' + id),
                        "png");
    reader.setAutoDetectImageFormat(false); // the built-in reader, no plugin asked
    const QSize full = reader.size();
    if (size)
        *size = full;
    // As Qt Quick does for a file: a source size scales down, keeping the proportions.
    if (full.isValid() && (requestedSize.width() > 0 || requestedSize.height() > 0)) {
        QSize scaled = full;
        if (requestedSize.width() > 0 && requestedSize.width() < scaled.width())
            scaled = QSize(requestedSize.width(),
                           qMax(1, full.height() * requestedSize.width() / full.width()));
        if (requestedSize.height() > 0 && requestedSize.height() < scaled.height())
            scaled = QSize(qMax(1, full.width() * requestedSize.height() / full.height()),
                           requestedSize.height());
        if (scaled != full)
            reader.setScaledSize(scaled);
    }
    return reader.read();
}

QUrl PngUrlInterceptor::intercept(const QUrl& url, DataType type)
{
    if (type != UrlString || url.scheme() != QLatin1String("qrc")
        || !url.path().endsWith(QLatin1String(".png"), Qt::CaseInsensitive) || url.hasQuery())
        return url;
    QUrl image;
    image.setScheme(QStringLiteral("image"));
    image.setHost(kProvider);
    image.setPath(url.path());
    return image;
}

void installPngImages(QQmlEngine& engine)
{
    engine.addImageProvider(kProvider, new PngImageProvider);
    static PngUrlInterceptor interceptor; // outlives every engine: nothing to release
    engine.addUrlInterceptor(&interceptor);
}

} // namespace contingent::shell
