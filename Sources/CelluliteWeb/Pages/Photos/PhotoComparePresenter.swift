import CelluliteKit
import CelluliteViews

/// The comparison page: a view's photos to pick from, the baseline on the left unless another
/// is chosen, the latest on the right.
enum PhotoComparePresenter {
    static func model(
        _ meta: KnowledgeMeta, photos: [Photo], view: PhotoView, left: Photo.ID?, right: Photo.ID?
    ) -> PhotoCompareVM {
        let ofView = photos.filter { $0.view == view }
        let baseline = ofView.first
        let leftPhoto = ofView.first { $0.id == left } ?? baseline
        let rightPhoto = ofView.first { $0.id == right } ?? ofView.last { $0.id != leftPhoto?.id }
        func options(_ selected: Photo?) -> [PhotoOptionVM] {
            ofView.map { photo in
                PhotoOptionVM(
                    value: photo.id.uuidString, label: PhotoPresenter.caption(photo, baseline: photo == baseline),
                    isSelected: photo == selected)
            }
        }
        var pair: (left: ComparedPhotoVM, right: ComparedPhotoVM)?
        if let leftPhoto, let rightPhoto, ofView.count > 1 {
            func compared(_ photo: Photo) -> ComparedPhotoVM {
                ComparedPhotoVM(
                    src: .photoImage(id: photo.id.uuidString, thumbnail: false), alt: PhotoPresenter.alt(photo),
                    caption: PhotoPresenter.caption(photo, baseline: photo == baseline))
            }
            pair = (compared(leftPhoto), compared(rightPhoto))
        }
        return PhotoCompareVM(
            chrome: Present.chrome(meta, title: "Compare two photos", active: nil),
            views: PhotoView.allCases.map {
                PhotoOptionVM(value: $0.rawValue, label: $0.name, isSelected: $0 == view)
            },
            leftOptions: ofView.count > 1 ? options(leftPhoto) : [],
            rightOptions: ofView.count > 1 ? options(rightPhoto) : [],
            pair: pair,
            note: "Photos differ with light, pose and distance as much as with the skin itself. "
                + "For an answer that hope cannot sway, rate them blind.")
    }
}
