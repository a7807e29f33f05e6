#pragma once
// PNG images from the resources, read by Qt's own PNG reader.
//
// Qt Quick reads an image with QImageReader, which, before it uses its built-in PNG reader,
// loads every image-format plugin installed (GIF, ICO, JPEG, SVG and the libraries they
// need) to ask each whether it reads PNG. The window's images are all PNGs in the resources
// (the rail's icons, Fusion's arrows and check marks), so the engine sends them to this
// provider instead, which asks nobody: no plugin is loaded for them (issue #16: 0.4 MiB of
// the window's memory, and four libraries less to load at start-up).
//
//   installPngImages(engine)   registers the provider ("image://png/...") and the URL
//                              interceptor that sends qrc:/....png there; other URLs pass.

#include <QQmlAbstractUrlInterceptor>
#include <QQuickImageProvider>

class QQmlEngine;

namespace contingent::shell {

class PngImageProvider : public QQuickImageProvider {
public:
    PngImageProvider();
    /// `id` is a resource path ("Contingent/Shell/icons/home.png"); an image that cannot be
    /// read comes back null, and Qt Quick reports it as it reports a missing file.
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;
};

class PngUrlInterceptor : public QQmlAbstractUrlInterceptor {
public:
    QUrl intercept(const QUrl& url, DataType type) override;
};

void installPngImages(QQmlEngine& engine);

} // namespace contingent::shell
